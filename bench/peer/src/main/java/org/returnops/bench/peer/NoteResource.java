package org.returnops.bench.peer;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/** {@code POST /notes} with a JSON body: one insert and one commit, answered 201 with the new id. */
@Path("/notes")
public class NoteResource {

    public record NoteRequest(String text) {
    }

    public record NoteView(long id) {
    }

    @POST
    @Transactional
    public Response create(NoteRequest request) {
        Note note = new Note();
        note.text = request.text();
        note.persist();
        return Response.status(201).entity(new NoteView(note.id)).build();
    }
}
