package io.lien.server.orders.web;

import io.lien.server.web.Page;

import java.util.List;

/**
 * The checkout page ({@code checkout.jte}): the piece, its price from the catalogue, where it goes,
 * how long it is held, and the form (delivery address and option when delivered, how to pay). What
 * the shopper typed comes back when something was missing, with what was missing.
 *
 * @param action where the form posts; @param heldUntil the time the cart is held until, as they read it
 */
public record CheckoutView(Page page, String action, String heading, String piece, String size, String price, String way,
                           String where, String heldUntil, List<Option> deliveries, List<Option> payments, Address address,
                           List<String> problems, String back) {

    public CheckoutView {
        deliveries = List.copyOf(deliveries);
        payments = List.copyOf(payments);
        problems = List.copyOf(problems);
    }

    public boolean delivered() {
        return way.equals("deliver");
    }

    /** A radio choice: its value, its words (with the price it adds), whether it is chosen. */
    public record Option(String value, String label, boolean checked) {
    }

    /** The address as typed (empty at first). */
    public record Address(String name, String street, String postcode, String city, String country) {
    }
}
