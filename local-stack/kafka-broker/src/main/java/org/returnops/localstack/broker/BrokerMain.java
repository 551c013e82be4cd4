package org.returnops.localstack.broker;

import java.io.IOException;
import java.io.InputStream;

/**
 * Entry point of the local Kafka broker JVM.
 *
 * <p>The broker is a child process of a test JVM or of the suite launcher. A parent that dies without
 * running its shutdown hooks (SIGKILL, a crashed test JVM) would otherwise leave a broker behind that
 * holds its ports and log directory. The parent keeps the child's standard input open for its whole
 * life, so end-of-file on standard input means the parent is gone: the broker then shuts down cleanly
 * through Kafka's own shutdown hook.
 *
 * <p>{@code format <server.properties> <cluster-id> [<scram credential>...]} formats the KRaft storage once,
 * with SCRAM credentials such as {@code SCRAM-SHA-512=[name=admin,password=...]};
 * {@code serve <server.properties>} runs the broker.
 */
public final class BrokerMain {

    private BrokerMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length >= 3 && "format".equals(args[0])) {
            java.util.List<String> format = new java.util.ArrayList<>(
                    java.util.List.of("format", "--ignore-formatted", "-t", args[2], "-c", args[1]));
            for (int i = 3; i < args.length; i++) {
                format.add("--add-scram");
                format.add(args[i]);
            }
            kafka.tools.StorageTool.main(format.toArray(String[]::new));
            return;
        }
        if (args.length >= 2 && "serve".equals(args[0])) {
            exitWhenParentCloses(System.in);
            kafka.Kafka.main(new String[] {args[1]});
            return;
        }
        System.err.println("usage: BrokerMain format <server.properties> <cluster-id> [<scram credential>...] | serve <server.properties>");
        System.exit(2);
    }

    private static void exitWhenParentCloses(InputStream parentPipe) {
        Thread watcher = new Thread(() -> {
            byte[] buffer = new byte[64];
            try {
                while (parentPipe.read(buffer) >= 0) {
                    // the parent writes nothing; any bytes are ignored
                }
            } catch (IOException e) {
                // a broken pipe means the same as end-of-file
            }
            System.exit(0);
        }, "parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}
