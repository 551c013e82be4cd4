package org.returnops.registry.status;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.returnops.contracts.CloudEventCodec;
import org.returnops.contracts.EventEnvelope;
import org.returnops.contracts.EventType;
import org.returnops.contracts.Topics;
import org.returnops.contracts.events.IdentityDocument;
import org.returnops.contracts.events.MigrantUpdated;
import org.returnops.contracts.events.TravelDocumentIssued;
import org.returnops.registry.Registrations;
import org.returnops.testkit.EventSender;
import org.returnops.testkit.TopicProbe;
import org.returnops.testkit.Waiting;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.returnops.testkit.Partners.asOperator;

/** The certificate of return the embassy issues becomes the person's document, in the record and on the topic. */
@QuarkusTest
class CertificateOfReturnTest {

    private final TopicProbe topics = TopicProbe.ofTestStack();

    @Test
    void anIssuedCertificateIsRecordedInTheHistoryAndAnnouncedOnce() {
        String id = asOperator().contentType(ContentType.JSON).body(Registrations.farrukh())
                .when().post("/api/v1/migrants").then().statusCode(201).extract().path("id");
        UUID migrantId = UUID.fromString(id);
        String number = "CR-" + UUID.randomUUID().toString().substring(0, 8);
        TravelDocumentIssued issued = new TravelDocumentIssued(migrantId, UUID.randomUUID(), "CERTIFICATE_OF_RETURN",
                number, "TJK", LocalDate.now(), LocalDate.now().plusDays(30), "Consul A. Saidov");
        EventSender consular = EventSender.as("consular");
        EventEnvelope envelope = consular.send(issued, id);
        consular.send(EventType.of(TravelDocumentIssued.class).topic(), envelope);

        Waiting.until("the certificate is on the record").untilAsserted(() -> asOperator().when().get("/api/v1/migrants/" + id)
                .then().statusCode(200)
                .body("documents.number", hasItem(number)));
        asOperator().when().get("/api/v1/migrants/" + id + "/history")
                .then().statusCode(200)
                .body("[-1].cause", equalTo("event:" + envelope.id()))
                .body("[-1].reason", equalTo("certificate of return " + number + " issued by Consul A. Saidov, "
                        + "valid until " + issued.validUntil()));

        var updates = topics.all(Topics.REGISTRY_MIGRANTS, r -> id.equals(r.key())
                && "migrant.updated.v1".equals(CloudEventCodec.decode(r.value()).type()), 2, Duration.ofSeconds(5));
        assertThat(updates).hasSize(1);
        MigrantUpdated updated = CloudEventCodec.decode(updates.get(0).value()).data(MigrantUpdated.class);
        assertThat(updated.changed()).containsExactly("documents");
        assertThat(updated.documents()).contains(new IdentityDocument("CERTIFICATE_OF_RETURN", number, "TJK",
                issued.validUntil()));
    }
}
