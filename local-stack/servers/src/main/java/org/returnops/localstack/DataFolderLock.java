package org.returnops.localstack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One run per data folder. Held for the whole life of a run; the operating system releases it when
 * the process dies, however it dies. So a start that gets the lock knows that processes named in the
 * folder's pid files are left over from a dead run and may be stopped, and a start that does not get
 * it knows the suite is running and must leave it alone.
 */
public final class DataFolderLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static DataFolderLock claim(Path dataDirectory) {
        Path file = dataDirectory.resolve("suite.lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldHere) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new StackException("The suite is already running with data in " + dataDirectory
                        + ": stop it first (Ctrl-C where it runs), or set " + StackSettings.DATA_DIR
                        + " to another folder.");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new DataFolderLock(channel, lock);
        } catch (IOException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // the lock was not taken; nothing is held
                }
            }
            throw new StackException("cannot lock " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StackException("cannot release the data folder lock: " + e.getMessage(), e);
        }
    }
}
