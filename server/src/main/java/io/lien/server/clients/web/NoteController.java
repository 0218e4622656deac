package io.lien.server.clients.web;

import io.lien.server.i18n.Phrase;
import io.lien.server.security.StaffMember;
import io.lien.server.security.Roles;
import io.lien.server.audit.ProfileAccess;
import io.lien.server.audit.ProfileAudit;
import io.lien.server.clients.ClientDirectory;
import io.lien.server.clients.ClientEvent;
import io.lien.server.clients.model.NoteTag;
import io.lien.server.i18n.Texts;
import io.lien.server.web.Problems;
import io.lien.server.web.ReaderLanguage;
import io.lien.server.web.RequestIds;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An advisor's note in a few taps: quick tags and, if they like, a few words. It joins the client's
 * timeline with the advisor's name and store; what Lien already knows is never typed again.
 */
@Controller
@Secured({Roles.ADVISOR, Roles.MANAGER})
@ExecuteOn(TaskExecutors.BLOCKING)
class NoteController {

    static final int MAX_TEXT = 1000;
    static final int MAX_TAGS = 6;
    static final long OFFLINE_AT_MOST = 7L * 24 * 3600 * 1000;

    private final ClientDirectory clients;
    private final ProfileAudit audit;

    NoteController(ClientDirectory clients, ProfileAudit audit) {
        this.clients = clients;
        this.audit = audit;
    }

    @Serdeable
    record Tag(String code, String name) {
    }

    @Serdeable
    /**
     * {@code requestId}: the tablet's id for this note, so a retry from its offline queue writes it
     * once; {@code writtenAt}: when the advisor wrote it, if that was offline (up to 7 days back).
     */
    record Note(@Nullable List<String> tags, @Nullable String text, @Nullable String requestId, @Nullable Long writtenAt) {
    }

    @Serdeable
    record Written(long id, long ts, String summary, String author) {
    }

    @Get("/api/notes/tags")
    List<Tag> tags(ReaderLanguage reader) {
        Texts texts = Texts.of(reader.locale());
        return Arrays.stream(NoteTag.values()).map(t -> new Tag(t.code(), texts.t(t.key()))).toList();
    }

    @Post("/api/clients/{clientId}/notes")
    HttpResponse<Written> write(String clientId, @Body Note note, StaffMember advisor) {
        if (clients.find(clientId).isEmpty()) {
            throw new Problems.NotFound("problem.no-client", clientId);
        }
        Set<NoteTag> tags = new LinkedHashSet<>();
        for (String code : note.tags() == null ? List.<String>of() : note.tags()) {
            tags.add(NoteTag.fromCode(code).orElseThrow(() -> new Problems.BadRequest("problem.note.unknown-tag", code)));
        }
        String text = note.text() == null ? "" : note.text().strip();
        if (tags.size() > MAX_TAGS || text.length() > MAX_TEXT) {
            throw new Problems.BadRequest("problem.note.too-long", MAX_TAGS, MAX_TEXT);
        }
        if (tags.isEmpty() && text.isEmpty()) {
            throw new Problems.BadRequest("problem.note.empty");
        }
        List<String> parts = new ArrayList<>();
        tags.forEach(t -> parts.add("#" + t.code()));
        if (!text.isEmpty()) {
            parts.add(text);
        }
        long now = System.currentTimeMillis();
        long at = note.writtenAt() == null ? now : note.writtenAt();
        if (at > now + 60_000 || at < now - OFFLINE_AT_MOST) {
            throw new Problems.BadRequest("problem.note.written-at");
        }
        RequestIds.check(note.requestId());
        String ref = note.requestId() == null ? null : "note:" + note.requestId();
        Optional<ClientEvent> again = ref == null ? Optional.empty() : clients.findNote(ref);
        if (again.isPresent()) {
            return HttpResponse.ok(new Written(again.get().id(), again.get().ts(), again.get().summary(), again.get().author()));
        }
        String store = advisor.storeId();
        ClientEvent saved = clients.note(new ClientEvent(null, clientId, Math.min(at, now), ClientEvent.Channel.STORE,
                ClientEvent.Kind.NOTE, String.join(" ", parts), null, null, null, store, advisor.username(), ref));
        audit.record(clientId, advisor, ProfileAccess.Action.CHANGE, Phrase.of("audit.note-added"));
        return HttpResponse.created(new Written(saved.id(), saved.ts(), saved.summary(), advisor.username()));
    }
}
