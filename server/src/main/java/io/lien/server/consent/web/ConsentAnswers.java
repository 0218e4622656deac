package io.lien.server.consent.web;

import io.lien.server.consent.application.ConsentLedger;
import io.lien.server.web.Problems;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;

/** Turns the ledger's outcome into the answer: 201 recorded, 200 unchanged, 404, 400 with the reason. */
public final class ConsentAnswers {

    private ConsentAnswers() {
    }

    public static HttpResponse<ConsentView> answer(String clientId, ConsentLedger.Outcome outcome, ConsentLedger ledger) {
        if (outcome instanceof ConsentLedger.Outcome.UnknownClient) {
            throw new Problems.NotFound("problem.no-client", clientId);
        }
        if (outcome instanceof ConsentLedger.Outcome.Refused r) {
            throw new Problems.BadRequest(r.reason());
        }
        ConsentView view = ConsentView.of(clientId, ledger.ledger(clientId).orElseThrow());
        return HttpResponse.status(outcome instanceof ConsentLedger.Outcome.Recorded ? HttpStatus.CREATED : HttpStatus.OK).body(view);
    }
}
