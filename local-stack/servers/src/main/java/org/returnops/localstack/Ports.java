package org.returnops.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;

/** Port checks done before a server is started, so that a clash is reported in one clear line. */
public final class Ports {

    /** Below this the ports of well-known servers cluster; above the ephemeral range's start the kernel lends. */
    private static final int LOWEST = 15_000;
    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    /**
     * Where the JVMs of one machine (test JVMs of modules built side by side) mark the ports they handed out, with a
     * file lock each: the machine's {@code /tmp}, as the tests give each JVM a temporary folder of its own.
     */
    private static final Path CLAIMS = (Files.isDirectory(Path.of("/tmp")) ? Path.of("/tmp")
            : Path.of(System.getProperty("java.io.tmpdir"))).resolve("returnops-ports");
    /** The locks this JVM holds; the operating system lets go of them when it exits, however it exits. */
    private static final List<FileChannel> HELD = new CopyOnWriteArrayList<>();

    private Ports() {
    }

    /**
     * A port that is free at the time of the call and stays free until the caller binds it, as far as this machine
     * can promise: it lies below the kernel's ephemeral range (a port picked with {@code bind(0)} comes from that
     * range, and until the server binds it the kernel may lend it to any outgoing connection as its local port,
     * which then makes the server's start fail), and it is never handed out twice on this machine while the JVM that
     * chose it runs (a file lock in {@code /tmp/returnops-ports} marks it).
     */
    public static int free() {
        int below = ephemeralStart();
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!inUse(port) && HANDED_OUT.add(port) && claim(port)) {
                return port;
            }
        }
        throw new StackException("no free TCP port between " + LOWEST + " and " + below + " after 200 tries");
    }

    /** True when no other JVM on this machine handed the port out (and it is now this JVM's until it exits). */
    private static boolean claim(int port) {
        try {
            Files.createDirectories(CLAIMS);
            FileChannel channel = FileChannel.open(CLAIMS.resolve(Integer.toString(port)),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            HELD.add(channel);
            return true;
        } catch (IOException | OverlappingFileLockException notClaimable) {
            return true; // no shared temporary folder: the other checks still hold
        }
    }

    /** The first port of the kernel's ephemeral range (Linux), or 32768 where it cannot be read. */
    static int ephemeralStart() {
        try {
            int start = Integer.parseInt(Files.readString(EPHEMERAL_RANGE).trim().split("\\s+")[0]);
            return start > LOWEST + 1_000 ? start : 32_768;
        } catch (IOException | RuntimeException unreadable) {
            return 32_768;
        }
    }

    /** True when something accepts connections on the port, or the port cannot be bound. */
    public static boolean inUse(int port) {
        if (accepting(port)) {
            return true;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    /** True when a server accepts connections on the loopback interface at this port. */
    public static boolean accepting(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
            return true;
        } catch (IOException notListening) {
            return false;
        }
    }

    /**
     * Fails with one line naming the port, who wanted it and the setting that moves it.
     */
    public static void requireFree(int port, String component, String setting) {
        if (inUse(port)) {
            throw new StackException("Port " + port + " for " + component + " is already in use: stop what holds it"
                    + " or set " + setting + " to another port.");
        }
    }
}
