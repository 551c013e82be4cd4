package org.returnops.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** Port checks done before a server is started, so that a clash is reported in one clear line. */
public final class Ports {

    private Ports() {
    }

    /** A port that is free on the loopback interface at the time of the call. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("no free TCP port on the loopback interface", e);
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
