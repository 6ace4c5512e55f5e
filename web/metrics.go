package web

import (
	"context"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/schakel-nl/schakel/sqlstore"
)

// metrics holds the server's Prometheus registry: request counts and
// latencies per route pattern, and the system's open and overdue work,
// counted at scrape time. Labels are route patterns and codes only.
type metrics struct {
	reg        *prometheus.Registry
	requests   *prometheus.CounterVec
	latency    *prometheus.HistogramVec
	clientGone *prometheus.CounterVec
}

func newMetrics(store *sqlstore.Store) *metrics {
	m := &metrics{reg: prometheus.NewRegistry()}
	m.requests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "schakel_http_requests_total", Help: "HTTP requests by route pattern, method and status.",
	}, []string{"route", "method", "status"})
	m.latency = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "schakel_http_request_duration_seconds", Help: "HTTP request latency by route pattern.",
		Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5},
	}, []string{"route"})
	m.clientGone = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "schakel_http_client_gone_total", Help: "HTTP requests whose client hung up before the answer was written, by route pattern.",
	}, []string{"route"})
	m.reg.MustRegister(m.requests, m.latency, m.clientGone, collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		&workCollector{store: store})
	return m
}

func (m *metrics) observe(route, method string, status int, d time.Duration) {
	if route == "" {
		route = "unmatched"
	}
	m.requests.WithLabelValues(route, method, strconv.Itoa(status)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

func (m *metrics) gone(route string) {
	if route == "" {
		route = "unmatched"
	}
	m.clientGone.WithLabelValues(route).Inc()
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

var (
	descOpenSignals      = prometheus.NewDesc("schakel_open_signals", "Signals waiting for triage.", nil, nil)
	descOverdueSignals   = prometheus.NewDesc("schakel_overdue_signals", "Signals not triaged within the deadline.", nil, nil)
	descOverdueReferrals = prometheus.NewDesc("schakel_overdue_referrals", "Referrals not answered within the deadline.", nil, nil)
	descOpenCases        = prometheus.NewDesc("schakel_open_cases", "Open cases.", nil, nil)
	descJobs             = prometheus.NewDesc("schakel_jobs", "Background jobs by state; pending is the queue depth.", []string{"state"}, nil)
	descUp               = prometheus.NewDesc("schakel_database_up", "1 when the figures could be read from the database.", nil, nil)
	descIntegrityFaults  = prometheus.NewDesc("schakel_integrity_faults_total", "Stored rows this instance found damaged or changed outside Schakel (not served; see schakel check).", nil, nil)
)

type workCollector struct{ store *sqlstore.Store }

func (c *workCollector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range []*prometheus.Desc{descOpenSignals, descOverdueSignals, descOverdueReferrals, descOpenCases, descJobs, descUp, descIntegrityFaults} {
		ch <- d
	}
}

func (c *workCollector) Collect(ch chan<- prometheus.Metric) {
	ch <- prometheus.MustNewConstMetric(descIntegrityFaults, prometheus.CounterValue, float64(c.store.IntegrityFaults()))
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	g, err := c.store.Gauges(ctx)
	if err != nil {
		ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 0)
		return
	}
	ch <- prometheus.MustNewConstMetric(descUp, prometheus.GaugeValue, 1)
	ch <- prometheus.MustNewConstMetric(descOpenSignals, prometheus.GaugeValue, float64(g.OpenSignals))
	ch <- prometheus.MustNewConstMetric(descOverdueSignals, prometheus.GaugeValue, float64(g.OverdueSignals))
	ch <- prometheus.MustNewConstMetric(descOverdueReferrals, prometheus.GaugeValue, float64(g.OverdueReferrals))
	ch <- prometheus.MustNewConstMetric(descOpenCases, prometheus.GaugeValue, float64(g.OpenCases))
	for _, st := range []string{"pending", "running", "done", "failed"} {
		ch <- prometheus.MustNewConstMetric(descJobs, prometheus.GaugeValue, float64(g.Jobs[st]), st)
	}
}
