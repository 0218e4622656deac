package io.lien.server.orders.web;

import io.lien.server.web.Page;

import java.util.List;

/**
 * What an order page shows ({@code order.jte}): a heading, a few lines said in the reader's
 * language, and the way back to the selection. Nothing about the client but what they chose.
 *
 * @param back the selection's page, or null when there is none to go back to
 */
public record OrderView(Page page, String heading, List<String> lines, String back) {
    public OrderView {
        lines = List.copyOf(lines);
    }
}
