package org.returnops.platform.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A page of a list as every paged list answers it: the entries as a JSON array (the body partners
 * already read), the number of all matching entries in {@code X-Total-Count}, and RFC 8288 {@code Link}
 * relations {@code first}, {@code prev}, {@code next} and {@code last} relative to the request, so that
 * they stay right behind the gateway.
 */
public final class PagedResponse {

    public static final String TOTAL_COUNT = "X-Total-Count";

    private PagedResponse() {
    }

    public static Response of(Page<?> page, Paging paging, UriInfo uri) {
        Response.ResponseBuilder response = Response.ok(page.items()).header(TOTAL_COUNT, page.total());
        String links = links(paging, page.total(), uri.getRequestUri());
        if (!links.isEmpty()) {
            response.header("Link", links);
        }
        return response.build();
    }

    static String links(Paging paging, long total, URI request) {
        long last = total == 0 ? 0 : (total - 1) / paging.size();
        List<String> links = new ArrayList<>();
        links.add(link(request, 0, paging.size(), "first"));
        if (paging.page() > 0) {
            links.add(link(request, Math.min(paging.page() - 1, last), paging.size(), "prev"));
        }
        if (paging.page() < last) {
            links.add(link(request, paging.page() + 1, paging.size(), "next"));
        }
        links.add(link(request, last, paging.size(), "last"));
        return String.join(", ", links);
    }

    private static String link(URI request, long page, int size, String relation) {
        URI target = UriBuilder.fromUri(request).replaceQueryParam("page", page).replaceQueryParam("size", size).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + relation + "\"";
    }
}
