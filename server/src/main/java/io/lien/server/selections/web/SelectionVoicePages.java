package io.lien.server.selections.web;

import io.lien.server.community.CommunityVoice;
import io.lien.server.i18n.Languages;
import io.lien.server.selections.Selection;
import io.lien.server.selections.SelectionRepository;
import io.lien.server.selections.application.OpeningSelection;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * The client says what they think of a piece of their selection, from its page: a like, praise,
 * critical feedback or a question, signed with their first name or not. It is theirs (the link is
 * theirs), and only about the pieces of that selection.
 */
@Controller("/s/{linkId}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SelectionVoicePages {

    @Serdeable
    record SayForm(@Nullable String productId, @Nullable String kind, @Nullable String tone, @Nullable String body,
                   @Nullable String signed, @Nullable String lang) {
    }

    private final SelectionRepository selections;
    private final CommunityVoice voice;

    SelectionVoicePages(SelectionRepository selections, CommunityVoice voice) {
        this.selections = selections;
        this.voice = voice;
    }

    @Post(value = "/say", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<String> say(String linkId, @Body SayForm form) {
        Locale locale = Languages.all().nearest(form.lang());
        Optional<Selection> selection = OpeningSelection.wellFormed(linkId) ? selections.findById(linkId) : Optional.empty();
        if (selection.isEmpty() || !OpeningSelection.live(selection.get(), System.currentTimeMillis())) {
            return HttpResponse.status(HttpStatus.NOT_FOUND);
        }
        Selection s = selection.get();
        boolean mine = form.productId() != null && s.products().contains(form.productId());
        CommunityVoice.Outcome outcome = mine ? voice.say(s.clientId(), form.productId(), form.kind(), form.tone(), form.body(),
                "true".equals(form.signed()) || "on".equals(form.signed())) : null;
        String said = outcome == null || outcome instanceof CommunityVoice.Outcome.Refused ? "refused" : "thanks";
        return HttpResponse.seeOther(URI.create("/s/" + linkId + "?lang=" + locale.toLanguageTag() + "&said=" + said + "#"
                + (mine ? form.productId() : "")));
    }
}
