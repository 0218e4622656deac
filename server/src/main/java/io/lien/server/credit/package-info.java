/**
 * Fair credit for an order, by rules anyone can read in one sentence (docs/credit.md): the advisor
 * who sent the selection the piece was in, within {@code lien.credit.selection-days}; the advisor who
 * talked with the client in store (a moment they took, a note they wrote), within
 * {@code lien.credit.conversation-days}; both when both helped ({@code lien.credit.selection-share}
 * to the selection, the rest to the conversation), each part split equally between advisors of
 * the same kind. Shares of an order add up to 100 % (or nobody is credited); refunds lower the
 * amount credited, never the shares. Pure rules in {@code model}; stored per order in
 * {@code order_credit}, recomputed when an order or a refund arrives.
 */
package io.lien.server.credit;
