// Package clean has nothing for go vet to report.
package clean

func Twice(n int) int { return 2 * n }
