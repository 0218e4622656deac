package io.lien.server.insights.model;

/**
 * One product (or a collection) over a period, counted in shoppers: touched → carried → tried →
 * bought, with those who tried and then bought, and what it bought in the period before.
 */
public record GarmentFigure(String id, String name, String collection, long touched, long carried, long tried, long bought,
                            long triedBought, long boughtBefore) {

    /** Tried ÷ touched. */
    public Integer tryOnRate() {
        return Rates.percent(tried, touched);
    }

    /** Bought after trying ÷ tried: the fitting room's conversion. */
    public Integer fittingRoomConversion() {
        return Rates.percent(triedBought, tried);
    }

    public Change boughtChange() {
        return new Change(bought, boughtBefore);
    }

    /**
     * Tried often and rarely bought: tried at least {@code minTried} times and bought after trying at
     * most 60 % as often as the store's garments on average — worth a look at what people say of it.
     */
    public boolean triedNotBought(int minTried, GarmentFigure store) {
        if (tried < minTried || store.tried == 0) {
            return false;
        }
        return triedBought * 10L * store.tried <= 6L * store.triedBought * tried;
    }

    public GarmentFigure plus(GarmentFigure o) {
        return new GarmentFigure(id, name, collection, touched + o.touched, carried + o.carried, tried + o.tried, bought + o.bought,
                triedBought + o.triedBought, boughtBefore + o.boughtBefore);
    }
}
