package org.returnops.registry.migrant;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.returnops.platform.paging.Paging;

import java.util.List;
import java.util.UUID;

/**
 * One page of a search and its total, kept fast with a million people in the registry. The page's ids are read
 * first, in the order asked for (from an index alone where one holds that order), then only those people. The
 * total is not counted when the page shows where the matches end (a page that is not full), and otherwise is
 * counted no further than {@code registry.search.count-limit}: beyond it the page says "at least" that many
 * ({@code totalExact} false), as counting every one of hundreds of thousands of matches would cost more than
 * the page itself.
 */
@ApplicationScoped
public class MigrantSearch {

    private final MigrantRepository migrants;
    private final int countLimit;

    public MigrantSearch(MigrantRepository migrants,
            @ConfigProperty(name = "registry.search.count-limit", defaultValue = "10000") int countLimit) {
        this.migrants = migrants;
        this.countLimit = countLimit;
    }

    /** The page of the query, in its order, with the total (exact, or at least the count limit). */
    public MigrantPage page(MigrantQuery query, List<String> terms) {
        MigrantRepository.Filter filter = migrants.filter(query, terms);
        Paging paging = query.paging();
        List<UUID> ids = migrants.pageOfIds(filter, MigrantRepository.orderBy(query), paging.page(), paging.size());
        List<MigrantSummary> items = migrants.inOrder(ids).stream().map(MigrantSummary::of).toList();
        long before = (long) paging.page() * paging.size();
        if (ids.size() < paging.size() && (!ids.isEmpty() || paging.page() == 0)) {
            return new MigrantPage(items, paging.page(), paging.size(), before + ids.size(), true);
        }
        long counted = migrants.countUpTo(filter, countLimit + 1);
        boolean exact = counted <= countLimit;
        return new MigrantPage(items, paging.page(), paging.size(),
                exact ? counted : Math.max(countLimit, ids.isEmpty() ? 0 : before + ids.size()), exact);
    }
}
