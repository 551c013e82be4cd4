package org.returnops.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A second start on a data folder in use must not touch the running suite. */
class DataFolderLockTest {

    @TempDir
    Path folder;

    @Test
    void aSecondRunOnTheSameFolderIsRefusedWithTheSettingThatAvoidsIt() {
        try (DataFolderLock first = DataFolderLock.claim(folder)) {
            assertThatThrownBy(() -> DataFolderLock.claim(folder))
                    .isInstanceOf(StackException.class)
                    .hasMessage("The suite is already running with data in " + folder
                            + ": stop it first (Ctrl-C where it runs), or set SUITE_DATA_DIR to another folder.");
        }
        try (DataFolderLock again = DataFolderLock.claim(folder)) {
            assertThat(folder.resolve("suite.lock")).content().isEqualTo(Long.toString(ProcessHandle.current().pid()));
        }
    }
}
