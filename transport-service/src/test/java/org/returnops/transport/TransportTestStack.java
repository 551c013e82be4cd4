package org.returnops.transport;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.returnops.testkit.LocalStackTestResource;

/** Gives every test of this service real PostgreSQL (database {@code transport}) and Kafka. */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = LocalStackTestResource.DATABASE, value = "transport"))
public final class TransportTestStack {

    private TransportTestStack() {
    }
}
