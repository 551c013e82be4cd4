package org.returnops.messaging.reference;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import org.returnops.platform.problem.DomainProblem;

import java.util.List;
import java.util.function.Function;

/**
 * How every service reads and adds its reference data: listed by code, optionally only what lies in one
 * country; found by code or answered with the service's own not-found problem; added only under a code not
 * taken yet. A repository whose rows name a country otherwise than in a {@code country} field says how.
 */
public interface ReferenceRepository<E extends ReferenceEntity> extends PanacheRepositoryBase<E, String> {

    /** The JPQL condition that keeps the rows of the country given as {@code ?1}. */
    default String inCountry() {
        return "country = ?1";
    }

    /** Every row by code, or only those of the country (ISO 3166-1 alpha-3) when one is given. */
    default List<E> listByCountry(String country) {
        return country == null ? listAll(Sort.by("code")) : list(inCountry(), Sort.by("code"), country);
    }

    /** The row with this code, or the problem {@code notFound} makes of the code. */
    default E require(String code, Function<String, ? extends DomainProblem> notFound) {
        return findByIdOptional(code).orElseThrow(() -> notFound.apply(code));
    }

    /** Refuses with a conflict when the code is taken; {@code what} names the kind, as in "A staging site". */
    default void requireFree(String code, String what) {
        if (findByIdOptional(code).isPresent()) {
            throw new DomainProblem.Conflict(what + " with code " + code + " already exists.");
        }
    }
}
