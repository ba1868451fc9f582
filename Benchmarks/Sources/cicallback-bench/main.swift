import BenchSupport; print(x)
