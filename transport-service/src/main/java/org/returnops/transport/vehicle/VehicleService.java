package org.returnops.transport.vehicle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.returnops.messaging.audit.Audit;
import org.returnops.platform.paging.Page;
import org.returnops.platform.paging.Paging;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.time.StoredTime;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
public class VehicleService {

    @Inject VehicleRepository vehicles;
    @Inject EntityManager entityManager;
    @Inject Audit audit;

    /** One page of the vehicles by plate, each with the active convoy it is in. */
    public Page<VehicleView> list(Paging paging) {
        Page<Vehicle> page = vehicles.page(paging);
        Map<UUID, UUID> active = activeConvoys(page.items().stream().map(v -> v.id).toList());
        return new Page<>(page.items().stream().map(v -> VehicleView.from(v, active.get(v.id))).toList(), page.total());
    }

    public VehicleView get(UUID id) {
        Vehicle vehicle = vehicles.findByIdOptional(id).orElseThrow(() -> new VehicleNotFound(id));
        return VehicleView.from(vehicle, activeConvoys(List.of(id)).get(id));
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
        vehicle.createdAt = StoredTime.now();
        fill(vehicle, request);
        vehicles.persistAndFlush(vehicle);
        return VehicleView.from(vehicle, null);
    }

    /**
     * Corrects the plate, carrier, seats and driver. While the vehicle is in an active convoy its seats cannot
     * change (the manifest is built on them); the driver and carrier can.
     */
    @Transactional
    public VehicleView correct(UUID id, VehicleRequest request) {
        Vehicle vehicle = vehicles.findByIdOptional(id).orElseThrow(() -> new VehicleNotFound(id));
        if (request.accessibleSeats() > request.seats()) {
            throw new InvalidRequest("accessibleSeats", "must not be more than seats");
        }
        if (vehicle.retiredAt != null) {
            throw new DomainProblem.Conflict("Vehicle " + vehicle.plate + " is retired and cannot be changed.");
        }
        vehicles.findByPlate(request.plate()).filter(other -> !other.id.equals(id)).ifPresent(other -> {
            throw new DomainProblem.Conflict("A vehicle with plate " + request.plate() + " already exists.",
                    other.id.toString());
        });
        UUID active = activeConvoys(List.of(id)).get(id);
        if (active != null && (vehicle.seats != request.seats() || vehicle.accessibleSeats != request.accessibleSeats())) {
            throw new DomainProblem.Conflict("Vehicle " + vehicle.plate + " is in convoy " + active + ": its seats "
                    + "cannot change until the convoy arrives or is cancelled.", active.toString());
        }
        fill(vehicle, request);
        vehicles.flush();
        audit.record(Audit.Action.CHANGE, "vehicle.change", List.of(), "vehicle " + id + " (" + vehicle.plate + ")");
        return VehicleView.from(vehicle, active);
    }

    /** No new convoy may take the vehicle; refused while it is in an active convoy. It is never deleted. */
    @Transactional
    public VehicleView retire(UUID id) {
        Vehicle vehicle = vehicles.findByIdOptional(id).orElseThrow(() -> new VehicleNotFound(id));
        UUID active = activeConvoys(List.of(id)).get(id);
        if (active != null) {
            throw new DomainProblem.Conflict("Vehicle " + vehicle.plate + " is in convoy " + active + " and cannot be "
                    + "retired until the convoy arrives or is cancelled.", active.toString());
        }
        if (vehicle.retiredAt == null) {
            vehicle.retiredAt = StoredTime.now();
            audit.record(Audit.Action.CHANGE, "vehicle.retire", List.of(), "vehicle " + id + " (" + vehicle.plate
                    + ")");
        }
        return VehicleView.from(vehicle, null);
    }

    private static void fill(Vehicle vehicle, VehicleRequest request) {
        vehicle.plate = request.plate();
        vehicle.carrier = request.carrier().strip();
        vehicle.seats = request.seats();
        vehicle.accessibleSeats = request.accessibleSeats();
        vehicle.driverName = request.driverName().strip();
        vehicle.driverPhone = request.driverPhone();
    }

    /** The active convoy of each of the vehicles named (at most a page of them). */
    private Map<UUID, UUID> activeConvoys(List<UUID> vehicleIds) {
        Map<UUID, UUID> active = new HashMap<>();
        if (vehicleIds.isEmpty()) {
            return active;
        }
        List<?> rows = entityManager.createNativeQuery(
                "select vehicle_id, convoy_id from convoy_vehicle where active and vehicle_id in (:ids)")
                .setParameter("ids", vehicleIds).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            active.put((UUID) columns[0], (UUID) columns[1]);
        }
        return active;
    }
}
