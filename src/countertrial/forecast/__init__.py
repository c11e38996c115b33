"""learn / forecast / backtest: the "coefficients of the frame-up".

From earlier proceedings, learn how accusations followed from the documentary record (posts and
journeys abroad, opposition and capitulation, being named by earlier defendants); forecast what
a new proceeding will allege against whom, with the precedents behind each forecast; and
backtest, honestly — features only ever see data dated before the cut-off — against the base
rate and against the rule Trotsky stated in April 1937. See docs/forecasting.md.
"""

from __future__ import annotations

from .backtest import BacktestResult, backtest, rolling_backtest
from .learn import Model, NotEnoughHistory, forecast_persons, forecast_proceeding, learn
from .select import Selection, select_model
from .warning import RiskEntry, early_warning, early_warning_scores

__all__ = ["learn", "forecast_persons", "forecast_proceeding", "backtest", "rolling_backtest", "early_warning",
           "early_warning_scores", "select_model", "Selection", "BacktestResult", "RiskEntry", "Model",
           "NotEnoughHistory"]
