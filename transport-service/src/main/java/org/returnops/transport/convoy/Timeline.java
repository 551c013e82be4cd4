package org.returnops.transport.convoy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import org.returnops.platform.time.StoredTime;

import java.util.List;
import java.util.UUID;

/** The timeline of each convoy: what happened, in order. */
@ApplicationScoped
public class Timeline implements PanacheRepositoryBase<TimelineEntry, Long> {

    public void record(UUID convoyId, String kind, String detail) {
        TimelineEntry entry = new TimelineEntry();
        entry.convoyId = convoyId;
        entry.at = StoredTime.now();
        entry.kind = kind;
        entry.detail = detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
        persist(entry);
    }

    public List<TimelineEntry> of(UUID convoyId) {
        return list("convoyId", Sort.by("id"), convoyId);
    }
}
