package org.returnops.consular;

import io.quarkus.test.junit.QuarkusTest;
import org.returnops.testkit.ServiceBasicsTest;

@QuarkusTest
class ConsularBasicsTest extends ServiceBasicsTest {

    @Override
    protected String expectedTitle() {
        return "Consular service";
    }

    @Override
    protected String expectedPath() {
        return "/api/v1/authorities";
    }
}
