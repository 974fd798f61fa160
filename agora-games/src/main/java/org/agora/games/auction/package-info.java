/**
 * Sealed-bid auctions of one item with discrete private values and bids, dealt by chance:
 * first-price and second-price (Vickrey) rules, registered as games.
 */
package org.agora.games.auction;
