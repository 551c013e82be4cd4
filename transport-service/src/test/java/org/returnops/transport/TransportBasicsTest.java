package org.returnops.transport;

import io.quarkus.test.junit.QuarkusTest;
import org.returnops.testkit.ServiceBasicsTest;

@QuarkusTest
class TransportBasicsTest extends ServiceBasicsTest {

    @Override
    protected String expectedTitle() {
        return "Transport service";
    }

    @Override
    protected String expectedPath() {
        return "/api/v1/crossings";
    }
}
