package org.returnops.registry;

import io.quarkus.test.junit.QuarkusTest;
import org.returnops.testkit.ServiceBasicsTest;

@QuarkusTest
class RegistryBasicsTest extends ServiceBasicsTest {

    @Override
    protected String expectedTitle() {
        return "Registry service";
    }

    @Override
    protected String expectedPath() {
        return "/api/v1/sites";
    }
}
