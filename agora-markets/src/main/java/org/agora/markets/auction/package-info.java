/**
 * The auction engine: single-item first-price, second-price and all-pay auctions with reserve prices
 * and explicit tie rules, on primitive arrays and without allocation per auction, so that simulations
 * run millions of auctions a second per core.
 */
package org.agora.markets.auction;
