package io.lien.server.moments.application;

import io.lien.server.advisors.Advisor;
import io.lien.server.advisors.AdvisorRepository;
import io.lien.server.moments.ClaimMade;
import io.lien.server.moments.Moment;
import io.lien.server.moments.MomentRepository;
import io.lien.server.moments.MomentStream;
import io.lien.server.moments.model.MomentKind;
import io.lien.server.moments.model.MomentTexts;
import io.lien.server.i18n.Phrase;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.context.event.ApplicationEventPublisher;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * "I'm on it": an advisor takes a moment so that a colleague does not go too. The claim is a
 * moment of the store's feed, so every tablet hears of it in order, and on resume. The first
 * claim wins; the second advisor hears who went.
 */
@Singleton
public class MomentClaims {

    public sealed interface Outcome {
        record Claimed(Moment claim) implements Outcome {
        }

        record AlreadyTaken(String advisorName, long since) implements Outcome {
        }

        record NotClaimable(Phrase why) implements Outcome {
        }

        record Unknown() implements Outcome {
        }
    }

    private final MomentRepository moments;
    private final MomentStream stream;
    private final AdvisorRepository advisors;
    private final ApplicationEventPublisher<ClaimMade> claims;

    MomentClaims(MomentRepository moments, MomentStream stream, AdvisorRepository advisors, ApplicationEventPublisher<ClaimMade> claims) {
        this.claims = claims;
        this.moments = moments;
        this.stream = stream;
        this.advisors = advisors;
    }

    public Outcome claim(String storeId, long momentId, String username) {
        Optional<Moment> found = moments.findById(momentId).filter(m -> m.storeId().equals(storeId));
        if (found.isEmpty()) {
            return new Outcome.Unknown();
        }
        Moment taken = found.get();
        if (taken.kind() == MomentKind.CLAIM || taken.kind() == MomentKind.SELECTION_OPENED || taken.kind() == MomentKind.ORDER) {
            return new Outcome.NotClaimable(Phrase.with("problem.moment.not-claimable", taken.kind().name()));
        }
        String name = advisors.findById(username).map(Advisor::firstName).orElse(username);
        Outcome outcome = stream.appending(() -> {
            Optional<Outcome> earlier = alreadyTaken(momentId);
            if (earlier.isPresent()) {
                return earlier.get();
            }
            Phrase text = MomentTexts.claim(name, taken.phrase());
            Moment claim = new Moment(null, storeId, System.currentTimeMillis(), MomentKind.CLAIM, text,
                    taken.clientId(), taken.approachability(), taken.zoneId(), taken.hangerId(), taken.productId(), null,
                    momentId, username);
            try {
                return new Outcome.Claimed(stream.append(claim));
            } catch (DataAccessException e) {
                // another server took it between our check and our write: the unique index says so
                return alreadyTaken(momentId).orElseThrow(() -> e);
            }
        });
        if (outcome instanceof Outcome.Claimed c) {
            claims.publishEvent(new ClaimMade(c.claim(), taken));
        }
        return outcome;
    }

    private Optional<Outcome> alreadyTaken(long momentId) {
        return moments.findByRefersTo(momentId).map(c -> new Outcome.AlreadyTaken(
                advisors.findById(c.advisor()).map(Advisor::firstName).orElse(c.advisor()), c.ts()));
    }

    private static String cut(String text) {
        return text.length() <= 400 ? text : text.substring(0, 399) + "…";
    }
}
