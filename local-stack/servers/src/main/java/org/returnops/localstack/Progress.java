package org.returnops.localstack;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;

/** Progress lines for a person watching the stack start: what is starting, and how long it took. */
public final class Progress {

    private final PrintStream out;

    public Progress(PrintStream out) {
        this.out = out;
    }

    /** Prints nothing: for tests, where the servers' start is not news. */
    public static Progress silent() {
        return new Progress(null);
    }

    public <T> T step(String what, Supplier<T> action) {
        long started = System.nanoTime();
        print("  starting " + what + " ...");
        T result = action.get();
        print(String.format(Locale.ROOT, "  %-22s ready in %.1f s", what, (System.nanoTime() - started) / 1e9));
        return result;
    }

    public void info(String line) {
        print("  " + line);
    }

    private void print(String line) {
        if (out != null) {
            out.println(line);
            out.flush();
        }
    }
}
