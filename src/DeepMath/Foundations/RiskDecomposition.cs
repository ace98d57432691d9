namespace DeepMath.Foundations;

/// <summary>
/// The excess risk R(f̂) − R* of a trained model f̂ split into an optimization, a generalization and an approximation
/// part, from five numbers that can each be measured: R*, R(f_F), R̂_s(f_F), R̂_s(f̂) and R(f̂).
/// </summary>
/// <remarks>
/// Berner et al., Section 1.2 (the decomposition of the risk, after e.g. Bottou and Bousquet 2008): with f_F a best
/// network of the class F, the paper bounds R(f̂) − R* by ε_opt + 2ε_gen + ε_approx. Here the three parts are estimated
/// so that they add up to the excess risk exactly:
/// <list type="bullet">
/// <item>optimization R̂_s(f̂) − R̂_s(f_F): how much better (negative) or worse (positive) the trained model fits the
/// sample than the best network does. The paper's ε_opt compares with the empirical risk minimizer instead, which fits
/// the sample at least as well as f_F, so this estimate is at most ε_opt and is negative when f̂ overfits;</item>
/// <item>generalization [R(f̂) − R̂_s(f̂)] + [R̂_s(f_F) − R(f_F)]: two gaps between risk and empirical risk, so at most
/// 2ε_gen = 2 sup_F |R − R̂_s|;</item>
/// <item>approximation R(f_F) − R*: what the class cannot do however much data there is (the paper's ε_approx).</item>
/// </list>
/// The sum telescopes to R(f̂) − R*; chapter 00 checks that, then looks at the sizes and signs of the parts.
/// </remarks>
/// <param name="BayesRisk">R*, the smallest risk of any function, e.g. σ² = 0.09 for squared loss with noise σ = 0.3.</param>
/// <param name="BestInClassRisk">R(f_F), the risk of the best network of the class (estimated by a large-sample fit).</param>
/// <param name="BestInClassEmpiricalRisk">R̂_s(f_F), the best network's mean loss on the training sample s.</param>
/// <param name="EmpiricalRisk">R̂_s(f̂), the trained model's mean loss on its training sample.</param>
/// <param name="Risk">R(f̂), the trained model's risk.</param>
public sealed record RiskDecomposition(double BayesRisk, double BestInClassRisk, double BestInClassEmpiricalRisk,
    double EmpiricalRisk, double Risk)
{
    /// <summary>R̂_s(f̂) − R̂_s(f_F): negative when the trained model fits the sample better than the best network.</summary>
    public double Optimization => EmpiricalRisk - BestInClassEmpiricalRisk;

    /// <summary>[R(f̂) − R̂_s(f̂)] + [R̂_s(f_F) − R(f_F)]: the two gaps between risk and empirical risk.</summary>
    public double Generalization => (Risk - EmpiricalRisk) + (BestInClassEmpiricalRisk - BestInClassRisk);

    /// <summary>R(f_F) − R*: the error of the best network of the class.</summary>
    public double Approximation => BestInClassRisk - BayesRisk;

    /// <summary>R(f̂) − R*: how much worse than the best possible the trained model is.</summary>
    public double Excess => Risk - BayesRisk;

    /// <summary>Optimization + Generalization + Approximation, which equals <see cref="Excess"/> up to rounding.</summary>
    public double Sum => Optimization + Generalization + Approximation;
}
