package org.returnops.transport.crossing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class CrossingService {

    private final CrossingRepository crossings;

    public CrossingService(CrossingRepository crossings) {
        this.crossings = crossings;
    }

    public List<CrossingView> list(String country) {
        return crossings.listByCountry(country).stream().map(CrossingView::from).toList();
    }

    public CrossingView get(String code) {
        return crossings.findByIdOptional(code).map(CrossingView::from).orElseThrow(() -> new CrossingNotFound(code));
    }

    @Transactional
    public CrossingView create(CrossingRequest request) {
        if (request.exitCountry().equals(request.entryCountry())) {
            throw new InvalidRequest("entryCountry", "must differ from exitCountry");
        }
        if (crossings.findByIdOptional(request.code()).isPresent()) {
            throw new DomainProblem.Conflict("A border crossing with code " + request.code() + " already exists.");
        }
        Crossing crossing = new Crossing();
        crossing.code = request.code();
        crossing.name = request.name().strip();
        crossing.exitCountry = request.exitCountry();
        crossing.exitPost = request.exitPost().strip();
        crossing.entryCountry = request.entryCountry();
        crossing.entryPost = request.entryPost().strip();
        crossing.road = request.road();
        crossing.createdAt = Instant.now();
        crossings.persistAndFlush(crossing);
        return CrossingView.from(crossing);
    }
}
