package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.returnops.contracts.events.MigrantRegistered;
import org.returnops.contracts.events.PersonName;
import org.returnops.messaging.outbox.Outbox;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.registry.site.SiteRepository;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MigrantService {

    private final MigrantRepository migrants;
    private final SiteRepository sites;
    private final Outbox outbox;

    public MigrantService(MigrantRepository migrants, SiteRepository sites, Outbox outbox) {
        this.migrants = migrants;
        this.sites = sites;
        this.outbox = outbox;
    }

    public MigrantView get(UUID id) {
        return migrants.findByIdOptional(id).map(MigrantView::from).orElseThrow(() -> new MigrantNotFound(id));
    }

    /** Stores the person and records {@code migrant.registered.v1} in the same transaction. */
    @Transactional
    public MigrantView register(MigrantRequest request) {
        if (sites.findByIdOptional(request.siteCode()).isEmpty()) {
            throw new InvalidRequest("siteCode", "must be the code of a staging site (GET /api/v1/sites)");
        }
        Migrant migrant = new Migrant();
        migrant.id = UUID.randomUUID();
        migrant.siteCode = request.siteCode();
        migrant.familyNameLatin = request.nameLatin().family().strip();
        migrant.givenNameLatin = request.nameLatin().given().strip();
        migrant.patronymicLatin = request.nameLatin().patronymic();
        if (request.nameCyrillic() != null) {
            migrant.familyNameCyrillic = request.nameCyrillic().family().strip();
            migrant.givenNameCyrillic = request.nameCyrillic().given().strip();
            migrant.patronymicCyrillic = request.nameCyrillic().patronymic();
        }
        migrant.sex = request.sex();
        migrant.dateOfBirth = request.dateOfBirth();
        migrant.nationality = request.nationality();
        migrant.destinationRegion = request.destinationRegion();
        migrant.consentGiven = request.consentGiven();
        migrant.status = MigrantStatus.REGISTERED;
        migrant.registeredAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        migrants.persist(migrant);
        outbox.publish(registered(migrant), migrant.id.toString());
        return MigrantView.from(migrant);
    }

    private static MigrantRegistered registered(Migrant migrant) {
        PersonName cyrillic = migrant.familyNameCyrillic == null ? null
                : new PersonName(migrant.familyNameCyrillic, migrant.givenNameCyrillic, migrant.patronymicCyrillic);
        return new MigrantRegistered(migrant.id, null, migrant.siteCode,
                new PersonName(migrant.familyNameLatin, migrant.givenNameLatin, migrant.patronymicLatin), cyrillic,
                migrant.sex, migrant.dateOfBirth, migrant.nationality, List.of(), List.of(), List.of(),
                migrant.destinationRegion, migrant.consentGiven, migrant.registeredAt);
    }
}
