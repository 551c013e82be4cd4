package org.returnops.gateway.web.convoy;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.TemplateData;
import org.returnops.gateway.web.PersonName;
import org.returnops.gateway.web.board.BoardView;

import java.util.ArrayList;
import java.util.List;

/** A convoy's page: its line on the board, its manifest per vehicle, and the crossings of its route. */
@TemplateData
public record ConvoyPage(String id, String route, String status, String plannedDeparture,
        BoardView.ConvoyLine line, List<Bus> buses, List<String> crossings, List<VehicleRef> vehicles) {

    /** One vehicle of the manifest with its passengers in seat order. */
    @TemplateData
    public record Bus(String plate, String escort, int seats, List<Passenger> passengers) {
    }

    @TemplateData
    public record Passenger(int seat, String familyName, String givenName, String dateOfBirth, String document,
            String destination, String status) {

        public String name() {
            return PersonName.of(familyName, givenName);
        }
    }

    /** A convoy in the list. */
    @TemplateData
    public record Row(String id, String route, String status, String departure, int vehicles) {
    }

    /** A vehicle as the headcount form names it. */
    @TemplateData
    public record VehicleRef(String id, String plate, int expected) {
    }

    public boolean departed() {
        return "DEPARTED".equals(status);
    }

    static List<Bus> buses(JsonNode manifest) {
        List<Bus> buses = new ArrayList<>();
        for (JsonNode v : manifest.path("vehicles")) {
            List<Passenger> passengers = new ArrayList<>();
            for (JsonNode p : v.path("passengers")) {
                passengers.add(new Passenger(p.path("seat").asInt(), p.path("familyName").asText(""),
                        p.path("givenName").asText(""), p.path("dateOfBirth").asText(""),
                        p.path("documentType").asText("") + " " + p.path("documentNumber").asText(""),
                        p.path("destinationRegion").asText(""), p.path("status").asText("")));
            }
            buses.add(new Bus(v.path("plate").asText(), v.path("escort").asText(""), v.path("seats").asInt(), passengers));
        }
        return buses;
    }
}
