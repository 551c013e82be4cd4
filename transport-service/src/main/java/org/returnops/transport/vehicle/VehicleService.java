package org.returnops.transport.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class VehicleService {

    private final VehicleRepository vehicles;
    private final EntityManager entityManager;

    public VehicleService(VehicleRepository vehicles, EntityManager entityManager) {
        this.vehicles = vehicles;
        this.entityManager = entityManager;
    }

    public List<VehicleView> list() {
        Map<UUID, UUID> active = activeConvoys();
        return vehicles.listOrdered().stream().map(v -> VehicleView.from(v, active.get(v.id))).toList();
    }

    public VehicleView get(UUID id) {
        Vehicle vehicle = vehicles.findByIdOptional(id).orElseThrow(() -> new VehicleNotFound(id));
        return VehicleView.from(vehicle, activeConvoys().get(id));
    }

    @Transactional
    public VehicleView create(VehicleRequest request) {
        if (request.accessibleSeats() > request.seats()) {
            throw new InvalidRequest("accessibleSeats", "must not be more than seats");
        }
        vehicles.findByPlate(request.plate()).ifPresent(existing -> {
            throw new DomainProblem.Conflict("A vehicle with plate " + request.plate() + " already exists.",
                    existing.id.toString());
        });
        Vehicle vehicle = new Vehicle();
        vehicle.id = UUID.randomUUID();
        vehicle.plate = request.plate();
        vehicle.carrier = request.carrier().strip();
        vehicle.seats = request.seats();
        vehicle.accessibleSeats = request.accessibleSeats();
        vehicle.driverName = request.driverName().strip();
        vehicle.driverPhone = request.driverPhone();
        vehicle.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        vehicles.persistAndFlush(vehicle);
        return VehicleView.from(vehicle, null);
    }

    private Map<UUID, UUID> activeConvoys() {
        Map<UUID, UUID> active = new HashMap<>();
        List<?> rows = entityManager.createNativeQuery(
                "select vehicle_id, convoy_id from convoy_vehicle where active").getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            active.put((UUID) columns[0], (UUID) columns[1]);
        }
        return active;
    }
}
