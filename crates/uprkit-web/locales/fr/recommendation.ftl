# recommendation
