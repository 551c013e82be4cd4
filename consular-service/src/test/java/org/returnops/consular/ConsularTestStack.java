package org.returnops.consular;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.returnops.testkit.LocalStackTestResource;

/** Gives every test of this service real PostgreSQL (database {@code consular}) and Kafka. */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = LocalStackTestResource.DATABASE, value = "consular"))
public final class ConsularTestStack {

    private ConsularTestStack() {
    }
}
