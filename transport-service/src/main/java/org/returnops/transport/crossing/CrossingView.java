package org.returnops.transport.crossing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.returnops.transport.Examples;

import java.time.Instant;

/** A border crossing as the API shows it. */
@Schema(name = "Crossing", example = Examples.CROSSING)
public record CrossingView(String code, String name, String exitCountry, String exitPost, String entryCountry,
        String entryPost, String road, Instant createdAt, Instant retiredAt) {

    static CrossingView from(Crossing crossing) {
        return new CrossingView(crossing.code, crossing.name, crossing.exitCountry, crossing.exitPost,
                crossing.entryCountry, crossing.entryPost, crossing.road, crossing.createdAt,
                crossing.retiredAt);
    }
}
