package org.returnops.registry.migrant;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MigrantRepository implements PanacheRepositoryBase<Migrant, UUID> {

    public Optional<Migrant> findByDocument(DocumentType type, String number, String issuingState) {
        return find("select d.migrant from MigrantDocument d where d.type = ?1 and d.number = ?2 and d.issuingState = ?3",
                type, number, issuingState).firstResultOptional();
    }
}
