package org.returnops.contracts.events;

import org.returnops.contracts.Addressed;

import java.time.Instant;
import java.util.UUID;

/**
 * The suite's answer to a decision it refused, sent back to the authority that sent it on its own topic,
 * with the reason in the problem style of RFC 9457 (type, title, detail).
 */
public record ClearanceDecisionRejected(
        UUID decisionId,
        UUID clearanceId,
        String authorityCode,
        String type,
        String title,
        String detail,
        Instant rejectedAt) implements Addressed {
}
