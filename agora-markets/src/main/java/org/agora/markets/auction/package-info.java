/**
 * The auction engine: single-item first-price, second-price and all-pay auctions and multi-slot GSP and
 * VCG position auctions with reserve prices and explicit tie rules, on primitive arrays and without
 * allocation per auction, so that simulations run millions of auctions a second per core; how bidders
 * value opportunities (pCTR x pCVR x conversion value, {@link org.agora.markets.auction.OpportunityValueModel});
 * and recorded markets replayed from CSV ({@link org.agora.markets.auction.ValueTrace}).
 */
package org.agora.markets.auction;
