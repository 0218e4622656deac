package io.lien.app.viewmodel;

import io.lien.app.api.ApiException;
import io.lien.app.api.Dtos;
import io.lien.app.api.LienApi;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class MomentsViewModelTest {

    private final LienApi api = mock(LienApi.class);

    @SuppressWarnings("unchecked")
    private static <T> ArgumentCaptor<Consumer<T>> captor() {
        return ArgumentCaptor.forClass(Consumer.class);
    }

    @Test
    void showsTheNewestFirstAndOnlyOnce() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        vm.add(Fixtures.moment(1, "first", null, null));
        vm.add(Fixtures.moment(3, "third", null, null));
        vm.add(Fixtures.moment(2, "second", null, null));
        vm.add(Fixtures.moment(3, "third", null, null));
        assertEquals(List.of("third", "second", "first"), vm.items().stream().map(MomentsViewModel.Item::text).toList());
    }

    @Test
    void showsTheMomentAsTheServerWordedItInTheAdvisorsLanguage() {
        // the app asks for the advisor's language (Accept-Language, HttpLienApiLanguageTest); the server words it
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.FRENCH, ZoneOffset.UTC);
        vm.add(Fixtures.moment(1, "Camille a pris le trench bleu marine (38)", "c-camille", "just-browsing"));
        assertEquals("Camille a pris le trench bleu marine (38)", vm.items().get(0).text());
        assertEquals("just-browsing", vm.items().get(0).approachability());
    }

    @Test
    void onlyMomentsAboutAConsentingClientOpenACard() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        vm.add(Fixtures.moment(1, "A shopper lifted", null, null));
        vm.add(Fixtures.moment(2, "Camille lifted", "c-camille", null));
        assertTrue(vm.items().get(0).opensAClientCard());
        assertFalse(vm.items().get(1).opensAClientCard());
    }

    @Test
    void keepsABoundedFeed() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        for (int i = 0; i < MomentsViewModel.KEEP + 50; i++) {
            vm.add(Fixtures.moment(i, "m" + i, null, null));
        }
        assertEquals(MomentsViewModel.KEEP, vm.items().size());
        assertEquals("m" + (MomentsViewModel.KEEP + 49), vm.items().get(0).text());
    }

    @Test
    void theFeedStateAndEveryMomentReachTheScreen() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        AtomicInteger refreshes = new AtomicInteger();
        vm.onEveryMoment(refreshes::incrementAndGet);
        vm.start();
        ArgumentCaptor<Consumer<Dtos.Moment>> moments = captor();
        ArgumentCaptor<Consumer<LienApi.FeedState>> states = captor();
        verify(api).moments(eq("demo"), moments.capture(), states.capture());
        states.getValue().accept(LienApi.FeedState.RECONNECTING);
        assertEquals("Reconnecting… (nothing will be missed)", vm.stateText().get());
        moments.getValue().accept(Fixtures.moment(5, "x", null, null));
        assertEquals(1, refreshes.get());
        assertEquals(1, vm.items().size());
        verify(api).moments(any(), any(), any());
    }

    @Test
    void aClaimMarksTheMomentTakenOnEveryTabletInsteadOfAddingALine() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        vm.add(Fixtures.moment(1, "Size 38 asked for at the mirror", "c-camille", "advice-welcome"));
        assertTrue(vm.items().get(0).claimable());
        vm.add(Fixtures.claim(2, 1, "marc", "Marc"));
        assertEquals(1, vm.items().size());
        assertEquals("Marc is on it", vm.items().get(0).claimedBy());
        assertFalse(vm.items().get(0).claimable());
    }

    @Test
    void tappingImOnItClaimsItAndSaysSoToTheAdvisorHerself() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        vm.add(Fixtures.moment(1, "Size 38 asked for", null, "advice-welcome"));
        when(api.claim("demo", 1)).thenReturn(Fixtures.claim(2, 1, "lea", "Léa"));
        vm.claim(vm.items().get(0));
        assertEquals("You're on it", vm.items().get(0).claimedBy());
    }

    @Test
    void aColleagueWhoWasQuickerIsNamedAndNoNetworkIsSaid() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        vm.add(Fixtures.moment(1, "Size 38 asked for", null, "advice-welcome"));
        vm.add(Fixtures.moment(3, "Help asked", null, "advice-welcome"));
        when(api.claim("demo", 1)).thenThrow(new ApiException(409,
                "{\"type\":\"about:blank\",\"title\":\"Conflict\",\"status\":409,\"detail\":\"Marc is already on it (since 14:02).\"}"));
        vm.claim(vm.items().get(1));
        assertEquals("Marc is already on it (since 14:02).", vm.notice().get());
        when(api.claim("demo", 3)).thenThrow(new ApiException(0, "cannot reach"));
        vm.claim(vm.items().get(0));
        assertEquals("No network: tell your colleagues you are going.", vm.notice().get());
    }

    @Test
    void nobodyIsOfferedToGoToAClientJustBrowsingWhoDidNotAsk() {
        MomentsViewModel vm = new MomentsViewModel(api, "demo", "lea", UiThread.inline(), Fixtures.ENGLISH, ZoneOffset.UTC);
        vm.add(Fixtures.moment(1, "Sophie lifted the emerald wrap dress", "c-sophie", "just-browsing"));
        vm.add(Fixtures.moment(2, "A shopper lifted", null, null));
        assertFalse(vm.items().get(0).claimable());
        assertFalse(vm.items().get(1).claimable());
    }
}
