package org.returnops.registry.household;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.returnops.platform.problem.DomainProblem;
import org.returnops.messaging.audit.Audit;
import org.returnops.messaging.idempotency.IdempotencyKeys;
import org.returnops.registry.migrant.Migrant;
import org.returnops.registry.migrant.MigrantRepository;
import org.returnops.registry.migrant.MigrantRequest;
import org.returnops.registry.migrant.MigrantService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Households: who travels together. A person belongs to one household at a time; the head stays a
 * member; every change of membership is announced (migrant.updated.v1 with householdId), because the
 * transport service seats a household in one vehicle.
 */
@ApplicationScoped
public class HouseholdService {

    @Inject HouseholdRepository households;
    @Inject MigrantRepository migrants;
    @Inject MigrantService migrantService;
    @Inject Audit audit;
    @Inject IdempotencyKeys keys;

    /**
     * Forms the household once per {@code Idempotency-Key}: a request sent again with the key answers with the
     * household the first one formed (and registered no new member twice); without a key it is always formed.
     */
    @Transactional
    public IdempotencyKeys.Once<HouseholdView> create(HouseholdRequest request, String caller,
            Optional<IdempotencyKeys.Key> key) {
        return keys.once(key, () -> create(request, caller), HouseholdView::id, id -> view(find(id)));
    }

    @Transactional
    public HouseholdView create(HouseholdRequest request, String caller) {
        Migrant head = migrantService.find(request.headId());
        Set<Migrant> members = new LinkedHashSet<>();
        members.add(free(head));
        for (UUID id : request.memberIdsOrEmpty()) {
            members.add(free(migrantService.find(id)));
        }
        for (MigrantRequest newMember : request.newMembersOrEmpty()) {
            members.add(migrantService.find(migrantService.register(newMember, caller).id()));
        }
        Household household = new Household();
        household.id = UUID.randomUUID();
        household.headId = head.id;
        household.createdAt = Instant.now();
        households.persist(household);
        households.flush();
        for (Migrant member : members) {
            migrantService.setHousehold(member, household.id);
        }
        return view(household);
    }

    @Transactional
    public HouseholdView get(UUID id) {
        HouseholdView view = view(find(id));
        audit.record(Audit.Action.READ, "household.read", view.members().stream().map(org.returnops.registry.migrant.MigrantView::id).toList(),
                "household " + id);
        return view;
    }

    @Transactional
    public HouseholdView add(UUID id, UUID migrantId) {
        Household household = find(id);
        Migrant migrant = migrantService.find(migrantId);
        if (!household.id.equals(migrant.householdId)) {
            migrantService.setHousehold(free(migrant), household.id);
        }
        return view(household);
    }

    @Transactional
    public HouseholdView remove(UUID id, UUID migrantId) {
        Household household = find(id);
        Migrant migrant = migrantService.find(migrantId);
        if (!household.id.equals(migrant.householdId)) {
            throw new DomainProblem.NotFound("Person " + migrantId + " is not a member of household " + id + ".");
        }
        if (household.headId.equals(migrantId)) {
            throw new DomainProblem.Conflict("Person " + migrantId + " is the head of household " + id
                    + "; the head stays with the household.");
        }
        migrantService.setHousehold(migrant, null);
        return view(household);
    }

    private Migrant free(Migrant migrant) {
        if (migrant.householdId != null) {
            throw new DomainProblem.Conflict("Person " + migrant.id + " is already in household " + migrant.householdId
                    + ": remove them there first.", migrant.householdId.toString());
        }
        return migrant;
    }

    private Household find(UUID id) {
        return households.findByIdOptional(id)
                .orElseThrow(() -> new DomainProblem.NotFound("There is no household with id " + id + "."));
    }

    private HouseholdView view(Household household) {
        List<org.returnops.registry.migrant.MigrantView> members = new ArrayList<>();
        for (Migrant member : migrants.members(household.id)) {
            members.add(migrantService.view(member));
        }
        return new HouseholdView(household.id, household.headId, members, household.createdAt);
    }
}
