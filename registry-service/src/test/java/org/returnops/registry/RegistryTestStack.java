package org.returnops.registry;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.returnops.testkit.LocalStackTestResource;

/** Gives every test of this service real PostgreSQL (database {@code registry}) and Kafka. */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = LocalStackTestResource.DATABASE, value = "registry"))
public final class RegistryTestStack {

    private RegistryTestStack() {
    }
}
