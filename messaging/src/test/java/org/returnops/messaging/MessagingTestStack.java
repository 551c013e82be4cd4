package org.returnops.messaging;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import org.returnops.testkit.LocalStackTestResource;

/** Gives the test application real PostgreSQL (database {@code messaging}) and Kafka. */
@WithTestResource(value = LocalStackTestResource.class, scope = TestResourceScope.GLOBAL,
        initArgs = @ResourceArg(name = LocalStackTestResource.DATABASE, value = "messaging"))
public final class MessagingTestStack {

    private MessagingTestStack() {
    }
}
