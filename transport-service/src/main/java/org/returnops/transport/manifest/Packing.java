package org.returnops.transport.manifest;

import java.util.List;

/** The result of packing: seats in placement order, and those left in the pool in the stated order. */
public record Packing(List<SeatAssignment> seats, List<LeftOver> leftOver) {

    public Packing {
        seats = List.copyOf(seats);
        leftOver = List.copyOf(leftOver);
    }
}
