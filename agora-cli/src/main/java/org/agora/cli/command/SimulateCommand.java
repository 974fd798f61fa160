package org.agora.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * {@code agora simulate KIND ...}: the simulations, one subcommand per kind ({@code auction}: repeated
 * auctions with budgets and pacing, {@link SimulateAuctionCommand}; {@code trace}: one bidder replayed through
 * a recorded market, {@link SimulateTraceCommand}; {@code channels}: multi-channel budget allocation,
 * {@link SimulateChannelsCommand}; {@code agency}: coordinated agency bidding, {@link SimulateAgencyCommand};
 * {@code bne}: Bayes–Nash equilibrium learning, {@link SimulateBneCommand}). Without a kind it is a usage
 * error that lists them.
 */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    subcommands = {SimulateAuctionCommand.class, SimulateTraceCommand.class,
        SimulateChannelsCommand.class, SimulateAgencyCommand.class,
        SimulateBneCommand.class},
    description = "Simulate: repeated auctions with budgets and pacing (auction), trace replay (trace), multi-channel"
        + " budgets (channels), agency bidding (agency), Bayes-Nash equilibrium learning (bne).")
public final class SimulateCommand extends AgoraSubcommand {

  @Override
  protected int execute() {
    throw new ParameterException(spec.commandLine(), "missing what to simulate; one of: "
        + String.join(", ", spec.subcommands().keySet()));
  }
}
