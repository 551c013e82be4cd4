package org.returnops.consular.retention;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/** How long personal data of an ended case is kept, and how often that is checked. */
@ConfigMapping(prefix = "consular.retention")
public interface RetentionConfig {

    /** How long after a case closed, was cancelled or denied its personal data is kept. */
    Duration afterClosing();

    /** How often the consular service looks for cases past the period. */
    Duration checkEvery();
}
