package io.lien.app.viewmodel;

/** The ViewModels of the signed-in app, for the main view to bind ({@code week} shown to managers only). */
public record Screens(Session session, MomentsViewModel moments, InStoreViewModel inStore, ClientCardViewModel card,
                      NoteViewModel note, SelectionViewModel selection, FollowUpsViewModel followUps, OutboxViewModel outbox,
                      ToPutAsideViewModel toPutAside, WeekViewModel week) {
}
