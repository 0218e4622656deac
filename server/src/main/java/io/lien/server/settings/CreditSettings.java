package io.lien.server.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Which advisors are credited with an order (docs/credit.md).
 *
 * @param selectionDays     an order within this many days of a selection an advisor sent with the piece in it credits them
 * @param conversationDays  an order within this many days of a conversation in store (a moment taken, a note) credits that advisor
 * @param selectionShare    the share (percent) of the selection's advisor when a conversation's advisor helped too; the rest is theirs
 */
@ConfigurationProperties("lien.credit")
public record CreditSettings(@Bindable(defaultValue = "30") int selectionDays, @Bindable(defaultValue = "30") int conversationDays,
                             @Bindable(defaultValue = "60") int selectionShare) {

    public CreditSettings {
        InvalidSetting.require(selectionDays >= 0 && selectionDays <= 365, "lien.credit.selection-days", "must be 0 to 365 days",
                selectionDays);
        InvalidSetting.require(conversationDays >= 0 && conversationDays <= 365, "lien.credit.conversation-days", "must be 0 to 365 days",
                conversationDays);
        InvalidSetting.require(selectionShare >= 0 && selectionShare <= 100, "lien.credit.selection-share", "must be 0 to 100 (percent)",
                selectionShare);
    }
}
