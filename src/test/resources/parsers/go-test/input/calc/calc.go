package calc

func Add(a, b int) int { return a + b }

func Div(a, b int) int {
	if b == 0 {
		return 0
	}
	return a / b
}

func Abs(a int) int {
	if a < 0 {
		return -a
	}
	return a
}
