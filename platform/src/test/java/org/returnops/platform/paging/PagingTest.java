package org.returnops.platform.paging;

import org.junit.jupiter.api.Test;
import org.returnops.platform.problem.InvalidRequest;
import org.returnops.platform.problem.Problem;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PagingTest {

    private static PageRequest request(String page, String size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    @Test
    void absentParametersAreTheFirstPageOfTheDefaultSize() {
        assertThat(request(null, null).paging()).isEqualTo(new Paging(0, PageRequest.DEFAULT_SIZE));
        assertThat(request(" 3 ", "1000").paging()).isEqualTo(new Paging(3, 1000));
        assertThat(new Paging(3, 1000).offset()).isEqualTo(3000);
    }

    @Test
    void everyParameterOutOfRangeIsNamedWithItsRule() {
        assertThatThrownBy(() -> request("-1", "1001").paging()).isInstanceOfSatisfying(InvalidRequest.class,
                invalid -> assertThat(invalid.violations()).containsExactly(
                        new Problem.Violation("page", "must be a whole number from 0 to 1000000"),
                        new Problem.Violation("size", "must be a whole number from 1 to 1000")));
        assertThatThrownBy(() -> request("two", null).paging()).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> request(null, "0").paging()).isInstanceOf(InvalidRequest.class);
        assertThatThrownBy(() -> request("1000001", null).paging()).isInstanceOf(InvalidRequest.class);
    }

    @Test
    void linksAreRelativeAndKeepTheFilters() {
        URI asked = URI.create("http://registry:8081/api/v1/duplicates?status=OPEN&page=1&size=2");
        assertThat(PagedResponse.links(new Paging(1, 2), 5, asked)).isEqualTo(
                "</api/v1/duplicates?status=OPEN&page=0&size=2>; rel=\"first\", "
                        + "</api/v1/duplicates?status=OPEN&page=0&size=2>; rel=\"prev\", "
                        + "</api/v1/duplicates?status=OPEN&page=2&size=2>; rel=\"next\", "
                        + "</api/v1/duplicates?status=OPEN&page=2&size=2>; rel=\"last\"");
        assertThat(PagedResponse.links(new Paging(0, 500), 0, URI.create("http://x/api/v1/vehicles")))
                .isEqualTo("</api/v1/vehicles?page=0&size=500>; rel=\"first\", </api/v1/vehicles?page=0&size=500>; rel=\"last\"");
    }
}
